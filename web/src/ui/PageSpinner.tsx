import { Flex, Spin } from 'antd';

/** Shown while a lazy page or the session loads. */
export function PageSpinner() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" />
    </Flex>
  );
}

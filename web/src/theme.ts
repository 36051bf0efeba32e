import type { ThemeConfig } from 'antd';

/** A sober government blue; Chinese system fonts first so 中文 renders with proper glyphs. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1a4f9c',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#0f3d7a', headerHeight: 56, headerPadding: '0 20px', siderBg: '#fff', bodyBg: '#f0f2f5' },
    Menu: { itemSelectedBg: '#e8eff9' },
    Table: { headerBg: '#f5f7fa' },
  },
};

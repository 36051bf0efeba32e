import { Card, Col, Row, Statistic } from 'antd';
import type { SlaState, SlaSummary } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';

const cards: { state: SlaState; field: keyof SlaSummary; colour: string }[] = [
  { state: 'on_track', field: 'onTrack', colour: '#389e0d' },
  { state: 'due_soon', field: 'dueSoon', colour: '#d46b08' },
  { state: 'overdue', field: 'overdue', colour: '#cf1322' },
  { state: 'paused', field: 'paused', colour: '#1a4f9c' },
  { state: 'not_started', field: 'notStarted', colour: '#595959' },
];

/** Open cases in scope by promise state; a card filters the list to that state. */
export function SlaSummaryCards({
  summary,
  selected,
  onSelect,
}: {
  summary: SlaSummary | undefined;
  selected: SlaState | undefined;
  onSelect: (state: SlaState | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col key={c.state} xs={12} sm={8} lg={4}>
          <Card
            size="small"
            hoverable
            onClick={() => onSelect(selected === c.state ? undefined : c.state)}
            style={{ borderColor: selected === c.state ? c.colour : undefined, borderTop: `3px solid ${c.colour}` }}
            data-testid={`sla-summary-${c.state}`}
          >
            <Statistic
              title={t(`sla.${c.state}`)}
              value={summary?.[c.field] ?? 0}
              styles={{ content: { color: c.colour } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

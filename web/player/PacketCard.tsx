import type { Packet, TraceStep } from '../../src/index';
import { useApp } from '../store/index';
import { useT } from '../i18n/index';

function packetAt(steps: readonly TraceStep[], index: number): { packet?: Packet; at: number } {
  for (let i = index; i >= 0; i--) if (steps[i]?.packet) return { packet: steps[i].packet, at: i };
  return { at: -1 };
}

const addr = (e: { ip: string; port: number }) => `${e.ip}:${e.port}`;

/** The packet at this hop: source/destination (with what NAT changed), Host, X-Forwarded-For. */
export function PacketCard() {
  const step = useApp((s) => s.player.currentStep);
  const steps = useApp((s) => s.player.trace?.steps);
  const index = useApp((s) => s.player.index);
  const t = useT();
  if (!step || !steps) return null;
  // A step without a packet of its own (a lookup, a decision) shows the packet as it last was.
  const { packet, at } = packetAt(steps, index);
  if (!packet) return null;
  const before = packetAt(steps, at - 1).packet;
  const srcChanged = before && addr(before.src) !== addr(packet.src) ? addr(before.src) : undefined;
  const dstChanged = before && addr(before.dst) !== addr(packet.dst) ? addr(before.dst) : undefined;
  const xff = packet.http?.headers['X-Forwarded-For'] ?? packet.http?.headers['x-forwarded-for'];
  return (
    <dl className="packet-card" data-testid="player.packet" aria-label={t('packet.label')}>
      <Row term={t('packet.protocol')} value={packet.http || packet.dns
        ? t('packet.over', { app: packet.http ? packet.http.scheme.toUpperCase() : 'DNS', transport: packet.protocol })
        : packet.protocol} />
      <Row term={t('packet.source')} value={addr(packet.src)} was={srcChanged} wasLabel={t('packet.was')} testId="player.packet.src" />
      <Row term={t('packet.destination')} value={addr(packet.dst)} was={dstChanged} wasLabel={t('packet.was')} testId="player.packet.dst" />
      {packet.http && <Row term={t('packet.host')} value={packet.http.host} />}
      {packet.http && <Row term={t('packet.request')} value={`${packet.http.method} ${packet.http.path}`} />}
      {xff && <Row term="X-Forwarded-For" value={xff} />}
      {packet.dns && <Row term={t('packet.question')} value={`${packet.dns.qname} ${packet.dns.qtype}`} />}
    </dl>
  );
}

function Row({ term, value, was, wasLabel, testId }: { term: string; value: string; was?: string; wasLabel?: string; testId?: string }) {
  return (
    <div className={was ? 'packet-row changed' : 'packet-row'}>
      <dt>{term}</dt>
      <dd data-testid={testId}>
        <code>{value}</code>
        {was && <span className="packet-was"> ({wasLabel} <code>{was}</code>)</span>}
      </dd>
    </div>
  );
}

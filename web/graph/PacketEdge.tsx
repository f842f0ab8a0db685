/**
 * An edge that can carry a packet: a small dot moving along the path while the player shows the step
 * (SVG animateMotion, so the browser animates it without React re-rendering). With reduced motion the
 * highlight stage never sets `packet`, so the edge is only emphasised.
 */
import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from './toFlow';

export const PacketEdge = memo(function PacketEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, label, markerEnd, style } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const showLabel = data?.showLabel && label;
  return (
    <>
      <BaseEdge
        id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={12}
        {...(showLabel ? { label, labelX, labelY, labelShowBg: true, labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 3 } : {})}
      />
      {data?.packet && (
        <circle r={7} className="pp-packet" data-testid="graph.packet">
          <animateMotion
            dur="1.4s" repeatCount="indefinite" path={path} calcMode="linear"
            keyPoints={data.packet === 'reverse' ? '1;0' : '0;1'} keyTimes="0;1"
          />
        </circle>
      )}
    </>
  );
});

export const edgeTypes = { packet: PacketEdge };

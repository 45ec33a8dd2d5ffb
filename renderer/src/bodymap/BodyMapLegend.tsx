// The key to the map's marks: one entry per finding type (colour and glyph), then how size,
// strength and dashes read.
import type { ReactNode } from 'react';
import { FINDING_TYPES } from '../../../shared/domain/body-regions';
import { FindingMark } from './FindingMarks';

function Swatch({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const w = wide ? 34 : 18;
  return (
    <svg className="bodymap-legend-swatch" viewBox={`${-w / 2} -9 ${w} 18`} width={w} height="18" aria-hidden="true">
      {children}
    </svg>
  );
}

export function BodyMapLegend({ showPrevious = false }: { showPrevious?: boolean }) {
  return (
    <div className="bodymap-legend">
      <h3 className="bodymap-legend-title">Key</h3>
      <ul className="bodymap-legend-types">
        {FINDING_TYPES.map((t) => (
          <li key={t.id}>
            <Swatch>
              <FindingMark finding={{ type: t.id, severity: 3, pain: 6 }} />
            </Swatch>
            <span>{t.label}</span>
          </li>
        ))}
      </ul>
      <ul className="bodymap-legend-notes">
        <li>
          <Swatch wide>
            <FindingMark finding={{ type: 'hypertonicity', severity: 1, pain: null }} x={-8.6} />
            <FindingMark finding={{ type: 'hypertonicity', severity: 3, pain: null }} x={7.8} />
          </Swatch>
          <span>Larger and stronger: more severe (1–3) or more painful (0–10); pain shows its score</span>
        </li>
        {showPrevious && (
          <li>
            <Swatch>
              <FindingMark finding={{ type: 'hypertonicity', severity: 2, pain: null }} faded />
            </Swatch>
            <span>Faded and dashed: previous session</span>
          </li>
        )}
      </ul>
    </div>
  );
}

// Pain before and after each signed session, 0–10. Two series told apart by colour, line style and
// marker shape (never colour alone), with a sentence under the chart that says what it shows.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PainPoint } from './progress';

export const PAIN_COLORS = { before: '#b45309', after: '#0d6b68' } as const;
const TICKS = [0, 2, 4, 6, 8, 10];

export function PainChart({ points, summary }: { points: PainPoint[]; summary: string }) {
  return (
    <figure className="pain-chart" aria-labelledby="pain-chart-summary">
      <div className="pain-chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={points} margin={{ top: 8, right: 24, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e5ea" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: '#56606d', fontSize: 12 }} tickLine={false} axisLine={{ stroke: '#c9ced6' }} />
            <YAxis
              domain={[0, 10]}
              ticks={TICKS}
              allowDecimals={false}
              width={44}
              tick={{ fill: '#56606d', fontSize: 12 }}
              tickLine={false}
              axisLine={false}
              label={{ value: 'Pain (0–10)', angle: -90, position: 'insideLeft', offset: 14, fill: '#56606d', fontSize: 12 }}
            />
            <Tooltip isAnimationActive={false} />
            <Legend verticalAlign="top" height={30} iconType="plainline" itemSorter={null} />
            <Line
              name="Pain before treatment"
              dataKey="before"
              stroke={PAIN_COLORS.before}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={{ r: 4, fill: '#fff', strokeWidth: 2, strokeDasharray: '' }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              name="Pain after treatment"
              dataKey="after"
              stroke={PAIN_COLORS.after}
              strokeWidth={2.5}
              dot={{ r: 4, fill: PAIN_COLORS.after, strokeWidth: 0 }}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption id="pain-chart-summary" className="chart-summary">
        {summary}
      </figcaption>
    </figure>
  );
}

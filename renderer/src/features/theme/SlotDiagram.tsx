import { Box } from '@mui/material';
import { useT } from '../../i18n';

interface Mark {
  label: string;
  x: number;
  y: number;
}

/** Numbered markers (colour slots) and letters (images) on a sketch of the portal page. */
const marks: Mark[] = [
  { label: '4', x: 300, y: 22 }, { label: 'A', x: 40, y: 30 }, { label: '16', x: 420, y: 30 }, { label: '17', x: 500, y: 30 },
  { label: '5', x: 300, y: 72 }, { label: '6', x: 160, y: 88 }, { label: '14', x: 110, y: 72 }, { label: '15', x: 40, y: 72 }, { label: '2', x: 40, y: 92 },
  { label: '10', x: 470, y: 72 }, { label: '11', x: 540, y: 72 },
  { label: '3', x: 570, y: 120 }, { label: 'C', x: 570, y: 150 }, { label: '8', x: 520, y: 200 }, { label: '13', x: 60, y: 130 },
  { label: '9', x: 300, y: 190 }, { label: '1', x: 80, y: 240 }, { label: '2', x: 190, y: 240 },
  { label: '7', x: 300, y: 296 }, { label: '12', x: 80, y: 296 }, { label: 'B', x: 560, y: 296 },
];

/** The "overzicht met kleurnummers" of the seed as a drawing: which slot colours which part of the page. */
export function SlotDiagram() {
  const t = useT();
  return (
    <Box component="svg" viewBox="0 0 600 320" role="img" aria-label={t('theme.diagram.alt')} sx={{ width: '100%', maxWidth: 720, fontFamily: 'Roboto, sans-serif' }}>
      <rect x="0" y="0" width="600" height="50" fill="#0d4a5c" />
      <circle cx="40" cy="25" r="16" fill="#cfe3ea" />
      <rect x="0" y="50" width="600" height="40" fill="#00647a" />
      <rect x="0" y="87" width="600" height="3" fill="#1f8aa3" />
      <rect x="10" y="56" width="70" height="28" fill="#2a7c9b" />
      <rect x="0" y="90" width="600" height="190" fill="#e9eef1" />
      <rect x="30" y="105" width="500" height="165" fill="#fafafa" stroke="#ccc" />
      <rect x="50" y="180" width="300" height="10" rx="5" fill="#ddd" />
      <rect x="50" y="180" width="180" height="10" rx="5" fill="#666" />
      <rect x="50" y="225" width="90" height="28" rx="4" fill="#00647a" />
      <rect x="160" y="225" width="90" height="28" rx="4" fill="#2a7c9b" />
      <rect x="0" y="280" width="600" height="40" fill="#003f4d" />
      {marks.map((m, i) => (
        <g key={`${m.label}-${i}`}>
          <circle cx={m.x} cy={m.y} r="11" fill="#fff" stroke="#b00020" strokeWidth="2" />
          <text x={m.x} y={m.y + 4} textAnchor="middle" fontSize="11" fontWeight="700" fill="#b00020">
            {m.label}
          </text>
        </g>
      ))}
    </Box>
  );
}

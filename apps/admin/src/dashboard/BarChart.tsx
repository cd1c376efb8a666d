// A horizontal bar chart from MUI boxes: it wraps long labels on a phone, and reads as a list of
// "label: number" to a screen reader. Each bar can link to the list it counts.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';

export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly href?: string;
}

export function BarChart({ bars, title }: { readonly bars: readonly Bar[]; readonly title: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <Box component="ul" aria-label={title} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.75 }}>
      {bars.map((bar) => (
        <Box
          component="li"
          key={bar.key}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '9rem 1fr 2rem', sm: '13rem 1fr 2.5rem' },
            alignItems: 'center',
            gap: 1,
            fontSize: 14,
          }}
        >
          <Box component="span" sx={{ textAlign: 'right', lineHeight: 1.2 }}>
            {bar.href ? (
              <Link href={bar.href} underline="hover" color="inherit">
                {bar.label}
              </Link>
            ) : (
              bar.label
            )}
          </Box>
          <Box aria-hidden sx={{ height: 14, bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}>
            <Box
              sx={{
                height: '100%',
                width: `${(100 * bar.value) / max}%`,
                bgcolor: 'primary.main',
                borderRadius: 1,
              }}
            />
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
            {bar.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

// The building blocks of the case page: a titled section (a landmark named by its heading) and a fact
// (term and value of a description list) that is left out when it has no value.
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function Section({
  title,
  children,
  id,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly id: string;
}) {
  return (
    <Card component="section" aria-labelledby={id} variant="outlined" sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography id={id} variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

export function Fact({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <Box sx={{ mb: 1, minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="dt">
        {term}
      </Typography>
      <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

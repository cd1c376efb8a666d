// The code of conduct as the domain library holds it (principles, typical violations with search) and the
// rule sets the API serves (outcomes and deadlines per regulation).
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { PRINCIPLE_CATALOGUE, searchTypicalViolations, type Locale } from '@etik/domain';
import { useDomainLabel } from '../shared/domain-labels';

interface RuleSetRow {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly validFrom: string;
  readonly validTo?: string | null;
  readonly allowedOutcomes: readonly string[];
  readonly deadlines: readonly {
    readonly key: string;
    readonly amount: number;
    readonly unit: string;
    readonly confidence: string;
  }[];
}

function RuleSets() {
  const translate = useTranslate();
  const label = useDomainLabel();
  const { data = [] } = useGetList<RuleSetRow>('rule-sets', { pagination: { page: 1, perPage: 20 } });
  return (
    <>
      {data.map((ruleSet) => (
        <Box key={ruleSet.id} sx={{ mb: 2 }}>
          <Typography variant="subtitle1" component="h3">
            {ruleSet.code} — {ruleSet.title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.rule-sets.fields.validFrom')}: {ruleSet.validFrom}
            {ruleSet.validTo
              ? ` · ${translate('resources.rule-sets.fields.validTo')}: ${ruleSet.validTo}`
              : ''}
          </Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('resources.rule-sets.fields.allowedOutcomes')}:
          </Typography>
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
            {ruleSet.allowedOutcomes.map((outcome) => (
              <Chip key={outcome} size="small" label={label('outcome', outcome)} />
            ))}
          </Box>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('resources.rule-sets.fields.deadlines')}:
          </Typography>
          <Box component="ul" sx={{ mt: 0 }}>
            {ruleSet.deadlines.map((deadline) => (
              <li key={deadline.key}>
                {label('deadline', deadline.key)}: {deadline.amount} {label('dayUnit', deadline.unit)} (
                {label('confidence', deadline.confidence)})
              </li>
            ))}
          </Box>
        </Box>
      ))}
    </>
  );
}

export function CataloguePage() {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const [query, setQuery] = useState('');
  const matches = searchTypicalViolations(query, locale as Locale);
  return (
    <Box
      sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}
    >
      <Title title="catalogue.title" />
      <Card component="section">
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate('catalogue.typicalViolations')}
          </Typography>
          <TextField
            label={translate('catalogue.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            fullWidth
            margin="normal"
            type="search"
          />
          <List dense>
            {matches.slice(0, 30).map(({ violation }) => (
              <ListItem key={violation.code} divider>
                <ListItemText
                  primary={violation.label[locale as Locale]}
                  secondary={`${label('violationCategory', violation.category)} · ${violation.principles.map((code) => label('principle', code)).join(', ')}`}
                />
              </ListItem>
            ))}
          </List>
        </CardContent>
      </Card>
      <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
        <Card component="section">
          <CardContent>
            <Typography variant="h6" component="h2">
              {translate('catalogue.principles')}
            </Typography>
            <List dense>
              {PRINCIPLE_CATALOGUE.map((principle) => (
                <ListItem key={principle.code} divider>
                  <ListItemText
                    primary={`${principle.label[locale as Locale]} — ${label('principleGroup', principle.group)}`}
                    secondary={principle.definition?.text[locale as Locale]}
                  />
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
        <Card component="section">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('catalogue.ruleSets')}
            </Typography>
            <RuleSets />
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}

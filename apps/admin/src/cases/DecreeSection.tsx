// The decree and its deliveries, with the recipients the rule set requires for this case (the domain's
// requiredRecipients) that have not received it yet.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useLocaleState, useTranslate } from 'react-admin';
import type { EthicsCaseRecord } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDate, formatDateTime } from '../shared/time';
import { deliveryFacts } from './case-facts';
import { Fact } from './CaseSection';
import { useCaseZone } from './case-zone';

export function DecreeSection({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const deliveries = record.deliveries ?? [];
  const facts = deliveryFacts(record);
  return (
    <>
      {record.decree && (
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, m: 0 }}>
          <Fact term={translate('case.decree')}>{record.decree.number}</Fact>
          <Fact term={translate('case.decreeSignedAt')}>
            {formatDate(record.decree.signedAt, locale, zone)}
          </Fact>
        </Box>
      )}
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 1 }}>
        {translate('case.deliveries')}
      </Typography>
      {deliveries.length === 0 ? (
        <Typography color="text.secondary">{translate('case.noDeliveries')}</Typography>
      ) : (
        <Box component="ul" aria-label={translate('case.deliveries')} sx={{ pl: 2, my: 0.5 }}>
          {deliveries.map((delivery) => (
            <li key={`${delivery.recipient}-${delivery.deliveredAt}`}>
              <strong>{label('deliveryRecipient', delivery.recipient)}</strong>
              {` · ${formatDateTime(delivery.deliveredAt, locale, zone)} · ${delivery.channel}`}
            </li>
          ))}
        </Box>
      )}
      {facts && record.decree && (
        <Box sx={{ mt: 1 }}>
          {facts.owed.length > 0 ? (
            <Alert severity="warning" role="note">
              <Box component="span" sx={{ mr: 1 }}>
                {translate('case.recipientsOwed')}:
              </Box>
              <Box
                component="ul"
                aria-label={translate('case.recipientsOwed')}
                sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, listStyle: 'none' }}
              >
                {facts.owed.map((recipient) => (
                  <li key={recipient}>
                    <Chip size="small" color="warning" label={label('deliveryRecipient', recipient)} />
                  </li>
                ))}
              </Box>
            </Alert>
          ) : (
            <Alert severity="success" variant="outlined" role="note">
              {translate('case.recipientsDone')}
            </Alert>
          )}
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
            {translate('case.recipientsRequired', {
              recipients: facts.required.map((recipient) => label('deliveryRecipient', recipient)).join(', '),
            })}
          </Typography>
        </Box>
      )}
    </>
  );
}

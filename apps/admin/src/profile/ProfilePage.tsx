// The signed-in user as the API knows them (`me`); accounts are managed on the users screen (national admin).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { EtikDataProvider } from '../providers/data-provider';
import { useDomainLabel } from '../shared/domain-labels';

export function ProfilePage() {
  const translate = useTranslate();
  const label = useDomainLabel();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { data: viewer } = useQuery({ queryKey: ['me'], queryFn: () => dataProvider.viewer() });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 640 }}>
      <Title title="profile.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('profile.title')}
          </Typography>
          {viewer && (
            <Box component="dl" sx={{ m: 0, '& dd': { m: 0, mb: 1 } }}>
              <Typography component="dt" variant="caption" color="text.secondary">
                {translate('profile.username')}
              </Typography>
              <Typography component="dd">{viewer.username}</Typography>
              <Typography component="dt" variant="caption" color="text.secondary">
                {translate('profile.role')}
              </Typography>
              <Typography component="dd">{label('role', viewer.role)}</Typography>
              <Typography component="dt" variant="caption" color="text.secondary">
                {translate('profile.commission')}
              </Typography>
              <Typography component="dd">{viewer.commission.name}</Typography>
              {viewer.personId && (
                <>
                  <Typography component="dt" variant="caption" color="text.secondary">
                    {translate('profile.personId')}
                  </Typography>
                  <Typography component="dd">{viewer.personId}</Typography>
                </>
              )}
            </Box>
          )}
          <Alert severity="info">{translate('profile.usersNote')}</Alert>
        </CardContent>
      </Card>
    </Box>
  );
}

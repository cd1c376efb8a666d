// Someone else changed the record since it was read (the API's CONFLICT): say so and offer to reload,
// as a case's command dialog does. Nothing is retried behind the user's back.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslate } from 'react-admin';

export function ConflictAlert({ onReload }: { readonly onReload: () => void }) {
  const translate = useTranslate();
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" size="small" onClick={onReload}>
          {translate('directory.conflict.reload')}
        </Button>
      }
    >
      <AlertTitle>{translate('directory.conflict.title')}</AlertTitle>
      {translate('directory.conflict.body')}
    </Alert>
  );
}

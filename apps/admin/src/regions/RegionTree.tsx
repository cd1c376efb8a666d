// Regions as a tree: provinces, then regencies, districts and villages, each level read when opened
// (`regions(parentCode)` with child and body counts). A nested list of buttons with aria-expanded: Tab moves
// between them, Enter or Space opens and closes, and each level is a labelled group for screen readers.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Link from '@mui/material/Link';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { EtikDataProvider } from '../providers/data-provider';
import type { RegionNode } from '../providers/directory-types';

function useChildren(parentCode: string | undefined, enabled = true) {
  const dataProvider = useDataProvider<EtikDataProvider>();
  return useQuery({
    queryKey: ['regions', 'children', parentCode ?? ''],
    queryFn: () => dataProvider.regionChildren(parentCode),
    enabled,
    staleTime: 10 * 60_000,
  });
}

function RegionLevel({ parent, label }: { readonly parent?: RegionNode; readonly label: string }) {
  const translate = useTranslate();
  const { data, isPending, error } = useChildren(parent?.code);
  if (error) return <Typography color="error">{translate((error as Error).message)}</Typography>;
  if (isPending)
    return (
      <CircularProgress size={20} aria-label={translate('directory.regions.loading', { name: label })} />
    );
  return (
    <Box component="ul" role="group" aria-label={label} sx={{ listStyle: 'none', pl: parent ? 3 : 0, m: 0 }}>
      {data.map((region) => (
        <RegionItem key={region.code} region={region} />
      ))}
    </Box>
  );
}

function RegionItem({ region }: { readonly region: RegionNode }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const hasChildren = region.childCount > 0;
  const groupId = `region-${region.code.replace(/\./g, '-')}`;
  const levelName = translate(`resources.regions.levels.${region.level}`, { _: region.level });
  const details = (
    <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
      {region.code} · {levelName}
      {region.bodyCount > 0 ? (
        <>
          {' · '}
          <Link
            component={RouterLink}
            to={`/adhoc-bodies?filter=${encodeURIComponent(JSON.stringify({ regionCode: region.code }))}`}
          >
            {translate('directory.regions.bodies', { smart_count: region.bodyCount })}
          </Link>
        </>
      ) : null}
    </Typography>
  );
  return (
    <Box component="li" sx={{ my: 0.25 }}>
      {hasChildren ? (
        <Button
          size="small"
          onClick={() => setOpen((was) => !was)}
          aria-expanded={open}
          aria-controls={open ? groupId : undefined}
          startIcon={open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
          sx={{ textTransform: 'none', justifyContent: 'flex-start' }}
        >
          {region.name}
        </Button>
      ) : (
        <Typography component="span" sx={{ pl: 4.5 }}>
          {region.name}
        </Typography>
      )}
      {details}
      {open ? (
        <div id={groupId}>
          <RegionLevel parent={region} label={translate('directory.regions.under', { name: region.name })} />
        </div>
      ) : null}
    </Box>
  );
}

export function RegionTree() {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="regions-title" sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title="directory.regions.title" />
      <Typography id="regions-title" variant="h5" component="h1" gutterBottom>
        {translate('directory.regions.title')}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate('directory.regions.help')}
      </Typography>
      <RegionLevel label={translate('directory.regions.provinces')} />
    </Box>
  );
}

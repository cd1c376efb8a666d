// A table from the md breakpoint up, a list of records below it: at 390 px nothing scrolls sideways.
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { SimpleList, type RaRecord } from 'react-admin';

export function ResponsiveList<T extends RaRecord>({
  primary,
  secondary,
  tertiary,
  linkType = 'show',
  children,
}: {
  readonly primary: (record: T) => ReactNode;
  readonly secondary?: (record: T) => ReactNode;
  readonly tertiary?: (record: T) => ReactNode;
  readonly linkType?: 'show' | 'edit' | false;
  /** The table (a Datagrid) for wider screens. */
  readonly children: ReactNode;
}) {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  if (!isSmall) return <>{children}</>;
  return (
    <SimpleList<T>
      primaryText={primary}
      {...(secondary ? { secondaryText: secondary } : {})}
      {...(tertiary ? { tertiaryText: tertiary } : {})}
      linkType={linkType}
    />
  );
}

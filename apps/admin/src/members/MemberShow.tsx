// A member's page: the person, then their history as the API keeps it (`membership(id) { person { … } }`):
// every membership with its status changes, the cases against them with the outcome decided for them,
// and their conflict-of-interest declarations.
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Link from '@mui/material/Link';
import { Button, Loading, Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { MemberWithHistory, PersonMembership } from '../providers/directory-types';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDate } from '../shared/time';
import { NikField } from './MemberList';
import { MembershipActions } from './MembershipActions';

function Section({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <Card component="section" aria-labelledby={id} sx={{ mb: 2, minWidth: 0 }}>
      <CardContent>
        <Typography id={id} variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** A table that scrolls inside its own box on a phone rather than pushing the page sideways. */
function ScrollTable({ caption, children }: { readonly caption: string; readonly children: ReactNode }) {
  return (
    // width 0 + minWidth 100%: the table adds nothing to the page's minimum width, and fills the card.
    <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
      <Table size="small" aria-label={caption}>
        {children}
      </Table>
    </Box>
  );
}

function MembershipHistory({ membership }: { readonly membership: PersonMembership }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale = 'id'] = useLocaleState();
  const heading = `${membership.body.name} — ${label('position', membership.position)}, ${label('membershipStatus', membership.status)}`;
  return (
    <Box component="article" sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h3">
        <Link component={RouterLink} to={`/adhoc-bodies/${encodeURIComponent(membership.body.id)}/show`}>
          {membership.body.name}
        </Link>{' '}
        ({label('bodyType', membership.body.type)}) — {label('position', membership.position)},{' '}
        {label('membershipStatus', membership.status)}
        {membership.selectionRank
          ? ` · ${translate('directory.members.rank')} ${membership.selectionRank}`
          : ''}
      </Typography>
      {membership.statusHistory.length === 0 ? (
        <Typography variant="body2">{translate('directory.history.noChanges')}</Typography>
      ) : (
        <ScrollTable caption={translate('directory.history.changesOf', { membership: heading })}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('directory.history.at')}</TableCell>
              <TableCell>{translate('directory.history.event')}</TableCell>
              <TableCell>{translate('directory.history.change')}</TableCell>
              <TableCell>{translate('directory.history.reference')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {membership.statusHistory.map((change, index) => (
              <TableRow key={`${change.at}-${index}`}>
                <TableCell>{formatDate(change.at, locale)}</TableCell>
                <TableCell>{label('membershipEvent', change.reason)}</TableCell>
                <TableCell>
                  {change.fromStatus ? `${label('membershipStatus', change.fromStatus)} → ` : ''}
                  {label('membershipStatus', change.toStatus)}
                  {change.toPosition && change.toPosition !== change.fromPosition
                    ? ` (${label('position', change.toPosition)})`
                    : ''}
                </TableCell>
                <TableCell>
                  {change.reference ?? ''}
                  {change.caseId ? (
                    <>
                      {change.reference ? ' · ' : ''}
                      <Link component={RouterLink} to={`/cases/${encodeURIComponent(change.caseId)}/show`}>
                        {translate('directory.history.case')}
                      </Link>
                    </>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      <MembershipActions membership={membership} />
    </Box>
  );
}

export function MemberHistory() {
  const record = useRecordContext<MemberWithHistory>();
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale = 'id'] = useLocaleState();
  // Coming from the list, react-admin first renders the list's row (no history yet) until getOne answers.
  if (!record?.person.memberships) return <Loading />;
  const { person } = record;
  const bodyOf = (membershipId: string) =>
    person.memberships.find((membership) => membership.id === membershipId)?.body.name ?? membershipId;
  return (
    // minWidth 0: a wide table scrolls in its own box instead of widening the page on a phone.
    <Box sx={{ p: { xs: 1, sm: 2 }, minWidth: 0, maxWidth: '100%' }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {person.name}
      </Typography>
      <Section id="member-person" title={translate('directory.history.person')}>
        <Typography variant="body2">
          {translate('directory.members.nik')}: <NikField record={record} />
        </Typography>
        {person.address ? (
          <Typography variant="body2">
            {translate('directory.members.address')}: {person.address}
          </Typography>
        ) : null}
        {person.phone ? (
          <Typography variant="body2">
            {translate('directory.members.phone')}: {person.phone}
          </Typography>
        ) : null}
      </Section>
      <Section id="member-memberships" title={translate('directory.history.memberships')}>
        {person.memberships.map((membership) => (
          <MembershipHistory key={membership.id} membership={membership} />
        ))}
      </Section>
      <Section id="member-cases" title={translate('directory.history.cases')}>
        {person.respondentCases.length === 0 ? (
          <Typography variant="body2">{translate('directory.history.noCases')}</Typography>
        ) : (
          <ScrollTable caption={translate('directory.history.cases')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('directory.history.register')}</TableCell>
                <TableCell>{translate('directory.members.status')}</TableCell>
                <TableCell>{translate('directory.members.body')}</TableCell>
                <TableCell>{translate('directory.history.outcome')}</TableCell>
                <TableCell>{translate('directory.history.decidedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {person.respondentCases.map((against) => (
                <TableRow key={`${against.ethicsCase.id}-${against.membershipId}`}>
                  <TableCell>
                    <Link
                      component={RouterLink}
                      to={`/cases/${encodeURIComponent(against.ethicsCase.id)}/show`}
                    >
                      {against.ethicsCase.registerNumber ?? against.ethicsCase.id}
                    </Link>
                  </TableCell>
                  <TableCell>{label('caseStatus', against.ethicsCase.status)}</TableCell>
                  <TableCell>{bodyOf(against.membershipId)}</TableCell>
                  <TableCell>
                    {against.outcome
                      ? `${label('outcome', against.outcome.outcome)} (${label('finding', against.outcome.finding)})`
                      : translate('directory.history.undecided')}
                  </TableCell>
                  <TableCell>{formatDate(against.decidedAt, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        )}
      </Section>
      <Section id="member-declarations" title={translate('directory.history.declarations')}>
        {person.declarations.length === 0 ? (
          <Typography variant="body2">{translate('directory.history.noDeclarations')}</Typography>
        ) : (
          <ul>
            {person.declarations.map((declaration) => (
              <li key={declaration.id}>
                <Link component={RouterLink} to={`/declarations/${encodeURIComponent(declaration.id)}`}>
                  {declaration.relativeName}
                </Link>{' '}
                — {label('familyRelation', declaration.relation)},{' '}
                {label('relativeRole', declaration.relativeRole)} (
                {formatDate(declaration.declaredAt, locale)}
                {declaration.published ? `, ${translate('directory.declarations.publishedShort')}` : ''}
                {declaration.withdrawn ? `, ${translate('directory.declarations.withdrawnShort')}` : ''})
              </li>
            ))}
          </ul>
        )}
        <Button
          component={RouterLink}
          to="/declarations/create"
          state={{ record: { membershipId: record.id } }}
          label="directory.declarations.declare"
        />
      </Section>
    </Box>
  );
}

export function MemberShow() {
  return (
    <Show title="directory.members.pageTitle" component="div" sx={{ minWidth: 0 }}>
      <MemberHistory />
    </Show>
  );
}

import AddRounded from '@mui/icons-material/AddRounded';
import DeleteOutlineRounded from '@mui/icons-material/DeleteOutlineRounded';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { CustomerOverview, Person } from '../../../../../shared/api/customers';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { DetailRow } from '../../../components/DetailRow';
import { AddressDialog } from '../onBehalf/AddressDialog';
import { EmailDialog } from '../onBehalf/EmailDialog';
import { PersonDialog } from '../onBehalf/PersonDialog';
import { PhoneDialog } from '../onBehalf/PhoneDialog';
import { RemovePersonDialog } from '../onBehalf/RemovePersonDialog';
import { Section } from '../ui/Section';
import { streetLine } from '../ui/format';
import { personName } from './personName';

type Open = { kind: 'phone' } | { kind: 'email' } | { kind: 'address' } | { kind: 'person'; person: Person | null } | { kind: 'remove'; person: Person } | null;

/** Gegevens, as the portal shows them: household persons, customer number, phone, e-mail, correspondence address; changes only while looking along. */
export function DetailsSection({ overview, canAct, notify }: { overview: CustomerOverview; canAct: boolean; notify: (text: string) => void }) {
  const t = useT();
  const dates = useDates();
  const [open, setOpen] = useState<Open>(null);
  const { household, contact } = overview;
  const nr = household.customerNumber;
  const close = () => setOpen(null);
  const saved = (text = t('edit.saved')) => {
    setOpen(null);
    notify(text);
  };
  // Every "Wijzigen" is named for what it changes: a screen reader's list of buttons shows many.
  const change = (label: string, onClick: () => void, testId: string, name: string) => (
    <Button size="small" startIcon={<EditOutlined fontSize="small" />} onClick={onClick} disabled={!canAct} data-testid={testId} aria-label={name}>
      {label}
    </Button>
  );

  return (
    <Stack spacing={2}>
      <Section
        title={t('details.household')}
        testId="household"
        action={
          household.selectableRoles.length > 0 && (
            <Button size="small" startIcon={<AddRounded />} disabled={!canAct} onClick={() => setOpen({ kind: 'person', person: null })}>
              {t('details.addPerson')}
            </Button>
          )
        }
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('details.householdIntro')}
        </Typography>
        {household.persons.length === 0 && <Typography color="text.secondary">{t('details.noPersons')}</Typography>}
        <Stack spacing={1}>
          {household.persons.map((p) => (
            <Box key={p.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1 }} data-testid="person">
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography sx={{ fontWeight: 600, flex: 1 }}>
                  {personName(p)} <Chip size="small" label={p.role.description} color={p.isContractHolder ? 'primary' : 'default'} variant="outlined" sx={{ ml: 1 }} />
                </Typography>
                {p.editable ? (
                  <>
                    <Button size="small" startIcon={<EditOutlined fontSize="small" />} disabled={!canAct} onClick={() => setOpen({ kind: 'person', person: p })} aria-label={t('details.change.person', { name: personName(p) })}>
                      {t('details.change')}
                    </Button>
                    <Button size="small" color="error" startIcon={<DeleteOutlineRounded fontSize="small" />} disabled={!canAct} onClick={() => setOpen({ kind: 'remove', person: p })} aria-label={t('details.remove.person', { name: personName(p) })}>
                      {t('details.remove')}
                    </Button>
                  </>
                ) : (
                  <Tooltip title={t('details.notEditable')}>
                    <Typography variant="caption" color="text.secondary">
                      {t('details.notEditable')}
                    </Typography>
                  </Tooltip>
                )}
              </Stack>
              <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { md: '1fr 1fr' }, columnGap: 4 }}>
                <DetailRow label={t('details.gender')}>{t(`details.gender.${p.gender}`)}</DetailRow>
                <DetailRow label={t('details.initials')}>{p.initials}</DetailRow>
                <DetailRow label={t('details.firstName')}>{p.firstName}</DetailRow>
                <DetailRow label={t('details.middleName')}>{p.middleName || '—'}</DetailRow>
                <DetailRow label={t('details.lastName')}>{p.lastName}</DetailRow>
                <DetailRow label={t('details.birthDate')}>{dates.day(p.birthDate.slice(0, 10))}</DetailRow>
                <DetailRow label={t('details.role')}>{p.role.description}</DetailRow>
              </Box>
            </Box>
          ))}
        </Stack>
      </Section>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ '& > *': { flex: 1 } }}>
        <Section title={t('details.contact')} testId="contact">
          <Box component="dl" sx={{ m: 0 }}>
            <DetailRow label={t('details.customerNumber')}>{contact.customerNumber}</DetailRow>
            <DetailRow label={t('details.phone')} testId="contact-phone">
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <span>{contact.phone || '—'}</span>
                {change(t('details.change'), () => setOpen({ kind: 'phone' }), 'change-phone', t('details.change.phone'))}
              </Stack>
            </DetailRow>
            <DetailRow label={t('details.email')} testId="contact-email">
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <span>{contact.email || '—'}</span>
                {change(t('details.change'), () => setOpen({ kind: 'email' }), 'change-email', t('details.change.email'))}
              </Stack>
              {contact.pendingEmail && <Chip size="small" color="warning" variant="outlined" label={t('details.pendingEmail', { email: contact.pendingEmail })} data-testid="pending-email" />}
            </DetailRow>
          </Box>
        </Section>
        <Section title={t('details.address')} testId="address" action={change(t('details.change'), () => setOpen({ kind: 'address' }), 'change-address', t('details.change.address'))}>
          <Typography>{streetLine(contact.correspondenceAddress)}</Typography>
          <Typography>
            {contact.correspondenceAddress.postcode} {contact.correspondenceAddress.city}
          </Typography>
        </Section>
      </Stack>
      {open?.kind === 'phone' && <PhoneDialog customerNumber={nr} contact={contact} onClose={close} onSaved={() => saved()} />}
      {open?.kind === 'email' && <EmailDialog customerNumber={nr} contact={contact} onClose={close} onSaved={(email) => saved(t('edit.email.saved', { email }))} />}
      {open?.kind === 'address' && <AddressDialog customerNumber={nr} contact={contact} onClose={close} onSaved={() => saved()} />}
      {open?.kind === 'person' && <PersonDialog customerNumber={nr} person={open.person} roles={household.selectableRoles} onClose={close} onSaved={() => saved()} />}
      {open?.kind === 'remove' && (
        <RemovePersonDialog customerNumber={nr} person={open.person} onClose={close} onSaved={() => saved(t('edit.person.removed', { name: personName(open.person) }))} />
      )}
    </Stack>
  );
}

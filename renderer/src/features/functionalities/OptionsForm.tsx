import { Box, Button, FormHelperText, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { INTERESTING_TOPICS_RANGE, UpdateFunctionalityOptions, type FunctionalityOptions } from '../../../../shared/api/functionalities';
import { api } from '../../app/api';
import { FormCheckbox } from '../../components/form/FormCheckbox';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { fetchOptions, functionalityKeys } from './functionalityQueries';

interface Values {
  interestingTopics: string;
  acceptgiroAllowed: boolean;
  version: number;
}

const toValues = (o: FunctionalityOptions): Values => ({ interestingTopics: String(o.interestingTopics), acceptgiroAllowed: o.acceptgiroAllowed, version: o.version });

const schema = z
  .object({ interestingTopics: z.string(), acceptgiroAllowed: z.boolean(), version: z.number() })
  .transform((v): z.input<typeof UpdateFunctionalityOptions> => ({ ...v, interestingTopics: v.interestingTopics.trim() === '' ? Number.NaN : Number(v.interestingTopics) }))
  .pipe(UpdateFunctionalityOptions);

/** "Aantal interessante onderwerpen" and "Betaalwijze wijzigen naar Acceptgiro toegestaan" (seed §4.1). */
export function OptionsForm({ options, onNotice }: { options: FunctionalityOptions; onNotice: (text: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { form, submit, busy, problem, invalid, reload } = useServerForm({
    schema,
    defaultValues: toValues(options),
    draft: { key: 'functionalities.options' },
    required: ['interestingTopics'],
    send: (body) => api.call('functionalities.updateOptions', { body }),
    onSaved: (next) => {
      queryClient.setQueryData(functionalityKeys.options, next);
      form.reset(toValues(next));
      onNotice(t('functionalities.saved'));
    },
    reload: async () => toValues(await queryClient.fetchQuery({ queryKey: functionalityKeys.options, queryFn: fetchOptions, staleTime: 0 })),
  });
  return (
    <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} noValidate sx={{ maxWidth: 560 }}>
      <Typography variant="subtitle1" component="h2">
        {t('functionalities.options')}
      </Typography>
      <FormProblemAlert
        problem={problem}
        invalid={invalid}
        onReload={() => void reload()}
        staleTestId="functionality-options-conflict"
        texts={{ stale: t('functionalities.optionsConflict'), reload: t('functionalities.reload'), invalid: t('functionalities.invalid'), failed: (message) => t('functionalities.saveFailed', { message }) }}
      />
      <FormTextField
        control={form.control}
        name="interestingTopics"
        type="number"
        label={t('functionalities.interestingTopics')}
        helperText={t('functionalities.interestingTopics.help')}
        slotProps={{ htmlInput: { min: INTERESTING_TOPICS_RANGE.min, max: INTERESTING_TOPICS_RANGE.max } }}
      />
      <Box>
        <FormCheckbox control={form.control} name="acceptgiroAllowed" label={t('functionalities.acceptgiro')} switch />
        <FormHelperText sx={{ mt: 0 }}>{t('functionalities.acceptgiro.help')}</FormHelperText>
      </Box>
      <Box>
        <Button type="submit" variant="contained" disabled={busy || problem?.kind === 'stale'}>
          {busy ? t('functionalities.saving') : t('functionalities.save')}
        </Button>
      </Box>
    </Stack>
  );
}

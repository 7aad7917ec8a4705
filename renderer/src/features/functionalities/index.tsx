import { Alert, Box, CircularProgress, Divider, Grid, Snackbar, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { FunctionTree } from './FunctionTree';
import { useFunctionalityOptions, useFunctionalityTree, usePortalRoles } from './functionalityQueries';
import { OptionsForm } from './OptionsForm';
import { RolesTable } from './RolesTable';

/** Functionaliteiten (the portal's functions as a tree, with the two options) and Rollen (household roles in the portal). */
export default function FunctionalitiesScreen() {
  const t = useT();
  const [tab, setTab] = useDraft<'functions' | 'roles'>('functionalities.tab', 'functions');
  const [notice, setNotice] = useState<string | null>(null);
  const tree = useFunctionalityTree();
  const options = useFunctionalityOptions();
  const roles = usePortalRoles();
  const loading = <CircularProgress aria-label={t('common.loading')} />;
  const failed = (e: Error) => <Alert severity="error">{t('functionalities.loadFailed', { message: e.message })}</Alert>;

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('functionalities.title')}
      </Typography>
      <Tabs value={tab} onChange={(_e, v: 'functions' | 'roles') => setTab(v)} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="functions" label={t('functionalities.tab.functions')} id="fn-tab-functions" aria-controls="fn-panel-functions" />
        <Tab value="roles" label={t('functionalities.tab.roles')} id="fn-tab-roles" aria-controls="fn-panel-roles" />
      </Tabs>
      {tab === 'functions' ? (
        <Box role="tabpanel" id="fn-panel-functions" aria-labelledby="fn-tab-functions">
          <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
            {t('functionalities.intro')}
          </Typography>
          <Grid container spacing={4}>
            <Grid size={{ xs: 12, md: 7 }}>{tree.data ? <FunctionTree tree={tree.data} onNotice={setNotice} /> : tree.isError ? failed(tree.error) : loading}</Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <Divider sx={{ display: { md: 'none' }, mb: 2 }} />
              {options.data ? <OptionsForm options={options.data} onNotice={setNotice} /> : options.isError ? failed(options.error) : loading}
            </Grid>
          </Grid>
        </Box>
      ) : (
        <Box role="tabpanel" id="fn-panel-roles" aria-labelledby="fn-tab-roles">
          {roles.data ? <RolesTable roles={roles.data} onNotice={setNotice} /> : roles.isError ? failed(roles.error) : loading}
        </Box>
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}

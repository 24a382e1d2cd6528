-- Hypervisor HA is now its own strategy, for every VM that is not a management server;
-- in-band and out-of-band keep their meaning for management servers. Each stored policy
-- version gets an expected recovery time for it, the same as in-band HA had, so that
-- plans made with an older version still have a time for every strategy.
update policy_version
set document = jsonb_set(document, '{tiers}', (
    select jsonb_agg(
               case
                   when tier -> 'expectedRecovery' ? 'HYPERVISOR_HA'
                       or not tier -> 'expectedRecovery' ? 'HA_IN_BAND' then tier
                   else jsonb_set(tier, '{expectedRecovery,HYPERVISOR_HA}',
                                  tier -> 'expectedRecovery' -> 'HA_IN_BAND')
               end
               order by position)
    from jsonb_array_elements(document -> 'tiers') with ordinality as t(tier, position)))
where exists (select 1
              from jsonb_array_elements(document -> 'tiers') as t(tier)
              where not tier -> 'expectedRecovery' ? 'HYPERVISOR_HA'
                and tier -> 'expectedRecovery' ? 'HA_IN_BAND');

-- A role for the query path that can read and nothing else. Login roles are granted it (see the README); where
-- the migrating user may not create roles, this step is left out and the notice says so.
do $$
begin
  if not exists (select from pg_roles where rolname = 'asm_kit_reader') then
    create role asm_kit_reader nologin;
  end if;
  execute format('grant usage on schema %I to asm_kit_reader', current_schema());
  execute format('grant select on all tables in schema %I to asm_kit_reader', current_schema());
  -- Tables of later migrations too.
  execute format('alter default privileges in schema %I grant select on tables to asm_kit_reader', current_schema());
exception when insufficient_privilege then
  raise notice 'asm_kit_reader not created: %', sqlerrm;
end
$$;

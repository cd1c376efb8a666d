// The election and its stage (tahapan) in which the alleged act took place. The stage choices follow the
// election chosen; a stage left empty lets the API take the one whose dates include the event date.
import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { SelectInput, useGetList } from 'react-admin';
import type { ElectionRecord } from '../providers/election-provider';

export function ElectionStageInputs() {
  const { data: elections = [], isPending } = useGetList<ElectionRecord>('elections', {
    pagination: { page: 1, perPage: 1000 },
  });
  const electionId = useWatch({ name: 'electionId' }) as string | undefined;
  const { setValue } = useFormContext();
  const chosen = elections.find((election) => election.id === electionId);

  // A stage of the election chosen before is not a stage of this one.
  const previous = useRef(electionId);
  useEffect(() => {
    if (previous.current !== electionId) setValue('stageId', null);
    previous.current = electionId;
  }, [electionId, setValue]);

  return (
    <>
      <SelectInput
        source="electionId"
        label="elections.election"
        choices={elections.map((election) => ({ id: election.id, name: election.name }))}
        translateChoice={false}
        isPending={isPending}
        emptyText="elections.none"
        fullWidth
      />
      <SelectInput
        source="stageId"
        label="elections.stage"
        choices={(chosen?.stages ?? []).map((stage) => ({
          id: stage.id,
          name: `${stage.name} (${stage.startsOn} – ${stage.endsOn})`,
        }))}
        translateChoice={false}
        disabled={!chosen}
        helperText="elections.stageHelp"
        emptyText="elections.none"
        fullWidth
      />
    </>
  );
}

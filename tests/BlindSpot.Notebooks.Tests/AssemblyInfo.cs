// The runner sets the process's working directory and console for the notebook it executes, so two
// notebooks cannot run at once in one process: the tests of this assembly run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

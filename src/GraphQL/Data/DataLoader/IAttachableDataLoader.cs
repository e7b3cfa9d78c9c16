namespace GraphQL.Data.DataLoader;

/// <summary>A loader that the scheduler binds to itself, so queuing a key can wake the execution's dispatch.</summary>
internal interface IAttachableDataLoader
{
    /// <summary>Binds the loader to the execution that dispatches its keys (a scoped loader: the latest execution of its scope).</summary>
    void Attach(DataLoaderScheduler scheduler);
}

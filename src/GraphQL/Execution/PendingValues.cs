namespace GraphQL.Execution;

/// <summary>The completions of an object's fields or a list's items that did not finish synchronously, awaited together.</summary>
internal sealed class PendingValues
{
    private int[] _indices;
    private ValueTask<object?>[] _tasks;

    public PendingValues(int capacity)
    {
        capacity = Math.Max(capacity, 2);
        _indices = new int[capacity];
        _tasks = new ValueTask<object?>[capacity];
    }

    public int Count { get; private set; }

    public void Add(int index, ValueTask<object?> task)
    {
        if (Count == _indices.Length)
        {
            Array.Resize(ref _indices, Count * 2);
            Array.Resize(ref _tasks, Count * 2);
        }

        _indices[Count] = index;
        _tasks[Count] = task;
        Count++;
    }

    public int IndexAt(int position) => _indices[position];

    public ValueTask<object?> TaskAt(int position) => _tasks[position];
}

using System.ComponentModel.DataAnnotations;
using GraphQL.Execution;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.Conventions;

#pragma warning disable CA1822 // resolver methods are instance members on purpose: the builder creates the class per call

public sealed record Book(Guid Id, string Title);

public sealed class BookNotFoundException(Guid bookId) : Exception($"Book {bookId} was not found.")
{
    public Guid BookId { get; } = bookId;
}

public sealed class DuplicateTitleException(string title) : Exception($"A book titled \"{title}\" already exists.")
{
    public string Field => "title";

    public string Code => "DUPLICATE_TITLE";

    public string Title { get; } = title;
}

public class BookStoreException(string message) : Exception(message);

public sealed class ShelfFullException() : BookStoreException("The shelf is full.");

public sealed record ChapterInput([property: MaxLength(10)] string Heading, [property: Range(1, 500)] int Pages);

/// <summary>A mutation type written as plain C#: arguments in, entity out, domain exceptions thrown.</summary>
public sealed class BookMutations
{
    public static readonly Guid ExistingId = Guid.Parse("7f1b6a55-2c2e-4bd7-9a39-8c47a34f1d5e");

    [Error<DuplicateTitleException>]
    public Book CreateBook([MaxLength(20)] string title, string? subtitle = null)
    {
        if (title == "Dune")
        {
            throw new DuplicateTitleException(title);
        }

        if (title == "Crash")
        {
            throw new InvalidOperationException("the store is down");
        }

        return new Book(Guid.Parse("00000000-0000-0000-0000-000000000001"), subtitle is null ? title : $"{title}: {subtitle}");
    }

    [Error(typeof(BookNotFoundException))]
    [Error<DuplicateTitleException>]
    public async Task<Book?> RenameBookAsync(Guid id, string title, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return id == ExistingId ? new Book(id, title) : throw new BookNotFoundException(id);
    }

    public bool ResetShelf() => true;

    /// <summary>Declares a base exception and throws a derived one: reported as the base's error type.</summary>
    [Error<BookStoreException>]
    public Book ArchiveBook(Guid id) => throw new ShelfFullException();

    public int AddChapters(List<ChapterInput> chapters) => chapters.Count;

    /// <summary>The resolver context it gets reads the input's fields as the arguments; services stay out of the input.</summary>
    public string Echo(string text, IResolverContext context, [Service] IServiceProvider? services) =>
        context.ArgumentValue<string>("text") + (services is null ? string.Empty : "!");

    [UseMutationConvention(Disabled = true)]
    public string Ping(string message) => message;
}

/// <summary>Only the marked mutation follows the conventions (no global opt-in), with its own names.</summary>
public sealed class MixedMutations
{
    [UseMutationConvention(InputTypeName = "ShelveInput", PayloadTypeName = "ShelvePayload", PayloadFieldName = "shelved")]
    [Error<BookNotFoundException>]
    public Book ShelveBook(Guid id) => id == BookMutations.ExistingId ? new Book(id, "Shelved") : throw new BookNotFoundException(id);

    public Book PlainBook(Guid id) => new(id, "Plain");
}

public sealed class BookQuery
{
    public string Version => "1";
}

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Reshapes a field while the code-first builder maps it: its type, arguments and middleware. Implemented by
/// attributes on a member (<c>[UsePaging]</c>, <c>[UseFiltering]</c>…) or added in code with
/// <see cref="FieldConfigurator{T}.Shape"/>; shapers run in that order, attributes first.
/// </summary>
public interface IFieldShaper
{
    void Shape(FieldShapingContext context);
}

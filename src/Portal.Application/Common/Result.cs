namespace Portal.Application.Common;

/// <summary>The outcome of a use case: done, or refused with messages per field ("" for the whole form).</summary>
public sealed record Result(IReadOnlyList<FieldError> Errors)
{
    public static readonly Result Success = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static Result Fail(string field, string message) => new([new FieldError(field, message)]);

    public static Result Fail(IEnumerable<FieldError> errors) => new(errors.ToList());
}

public sealed record FieldError(string Field, string Message);

public sealed record Result<T>(T? Value, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Fail(string field, string message) => new(default, [new FieldError(field, message)]);

    public static Result<T> Fail(IEnumerable<FieldError> errors) => new(default, errors.ToList());
}

namespace Portal.Application.Configurations.Standard.SaveStandardConfiguration;

/// <summary>An admin's standard configuration: a new one without <paramref name="Id"/>, else a change of that one.</summary>
public sealed record SaveStandardConfigurationCommand(
    int? Id, string Name, string Description, string? RackSku, IReadOnlyList<ComponentRequest> Components);

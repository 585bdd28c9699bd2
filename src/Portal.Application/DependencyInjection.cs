using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Email;
using Portal.Application.Payments;
using Portal.Application.Quotes.Documents;
using Portal.Application.Waitlist;

namespace Portal.Application;

/// <summary>
/// Registers the use cases by convention: every public class of this project that is built from dependencies (a public
/// constructor with parameters; not a record, a validator or an exception) is a service. One that takes only settings,
/// validators, the clock and other such services holds no state of a request and is made once; any other, which reaches
/// the database or another port, is made per request. Validators are made once. A port one feature offers another
/// through Common (<see cref="IFreedSupply"/>), and each source of a mail's attachments, is named here.
/// </summary>
public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);
        var useCases = assembly.GetExportedTypes().Where(IsUseCase).ToHashSet();
        foreach (var type in useCases)
        {
            services.TryAdd(new ServiceDescriptor(type, type, IsStateless(type, useCases) ? ServiceLifetime.Singleton : ServiceLifetime.Scoped));
        }
        services.AddScoped<IFreedSupply>(sp => sp.GetRequiredService<WaitlistOffers>());
        services.AddScoped<IMailAttachmentSource>(sp => sp.GetRequiredService<QuotePdfAttachment>());
        services.AddScoped<IMailAttachmentSource>(sp => sp.GetRequiredService<DepositInvoiceAttachment>());
        services.AddDomainEvents();
        return services;
    }

    private static bool IsUseCase(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && !IsRecord(type)
        && !typeof(Exception).IsAssignableFrom(type)
        && !typeof(IValidator).IsAssignableFrom(type)
        && type.GetConstructors().Any(c => c.GetParameters().Length > 0);

    private static bool IsStateless(Type type, IReadOnlySet<Type> useCases) =>
        type.GetConstructors().MaxBy(c => c.GetParameters().Length)!.GetParameters().All(p => IsStatelessDependency(p.ParameterType, useCases));

    private static bool IsStatelessDependency(Type type, IReadOnlySet<Type> useCases) =>
        type == typeof(TimeProvider)
        || IsRecord(type)
        || typeof(IValidator).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var open && (open == typeof(IOptions<>) || open == typeof(IOptionsMonitor<>)))
        || (useCases.Contains(type) && IsStateless(type, useCases));

    /// <summary>Settings such as the vendor's profile are records; a record is data, never a service.</summary>
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;
}

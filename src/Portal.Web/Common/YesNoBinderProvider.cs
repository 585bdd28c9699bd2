using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Portal.Web.Common;

/// <summary>
/// Binds a yes/no field as the framework does, but keeps a posted value that is neither true nor false (a tampered
/// form) out of the page that shows the form again: the framework's checkbox reads that value back as a bool and
/// throws on anything else, which made a bad value a 500. The field is still invalid; its box shows the model's value.
/// </summary>
public sealed class YesNoBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool)
            ? new YesNoBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class YesNoBinder(IModelBinder framework) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await framework.BindModelAsync(bindingContext);
            if (bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry) && entry.Errors.Count > 0)
            {
                entry.RawValue = null;
            }
        }
    }
}

namespace Portal.Web.Accounts;

/// <summary>
/// A posted action that only reads and answers, saving nothing (the configurator's live feedback): its session check
/// may take this instance's finding of a moment ago, as a page view does (see <see cref="SessionCheck"/>), instead of
/// asking the database on every keystroke.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChangesNothingAttribute : Attribute;

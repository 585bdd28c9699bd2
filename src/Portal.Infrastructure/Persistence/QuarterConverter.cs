using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Persistence;

/// <summary>Stores a quarter as its text "2027-Q1", which sorts in time order on both databases.</summary>
internal sealed class QuarterConverter() : ValueConverter<Quarter, string>(q => q.ToString(), s => Quarter.Parse(s));

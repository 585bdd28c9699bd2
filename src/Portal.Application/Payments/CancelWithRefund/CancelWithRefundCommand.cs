using Portal.Application.Common;

namespace Portal.Application.Payments.CancelWithRefund;

/// <summary>An admin cancels a quote whose deposit is paid, as the admin saw it (its version), saying why: the customer reads it.</summary>
public sealed record CancelWithRefundCommand(int QuoteId, int? SeenVersion, DecisionNote Reason);

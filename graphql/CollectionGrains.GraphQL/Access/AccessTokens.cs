using System.Security.Claims;
using CollectionGrains.Access;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CollectionGrains.GraphQL.Access;

/// <summary>
/// Signed JWTs (HS256, key id in the header) that carry a user's name, role, scope and session version. Each request
/// (and each socket message) checks a stored user's token against the user as they are now: disabled, sessions revoked
/// (another version) or moved to another role or scope take effect at once. Only login issues tokens for stored users;
/// the test and benchmark hosts sign tokens for accounts they do not store, which carry their claims as given.
/// </summary>
internal sealed class AccessTokens
{
    private const string Issuer = "collectiongrains";
    private const string RoleClaim = "role";
    private const string ScopeClaim = "scope_node";
    private const string SessionClaim = "session";

    private readonly IGrainFactory _grains;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenSettings _settings;
    private readonly SymmetricSecurityKey[] _keys;
    private readonly TokenValidationParameters _validation;

    public AccessTokens(IOptions<TokenSettings> settings, IGrainFactory grains)
    {
        _grains = grains;
        _settings = settings.Value;
        _keys = [.. _settings.Keys.Select(k => new SymmetricSecurityKey(k.Secret) { KeyId = k.KeyId })];
        if (_keys.Length == 0)
        {
            throw new InvalidOperationException("no token signing key is configured (CG_JWT_KEYS)");
        }
        _validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Only the key the token names: a token without a key id, or with one we do not hold, is refused.
            IssuerSigningKeyResolver = (_, _, keyId, _) => _keys.Where(k => k.KeyId == keyId),
            TryAllIssuerSigningKeys = false,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>A token for the account and its session version, issued now (or, for tests of expiry, at an earlier time).</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(UserAccount account, long session = 0, DateTimeOffset? issuedAt = null)
    {
        var now = issuedAt ?? DateTimeOffset.UtcNow;
        var expires = now + _settings.Lifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = account.Username,
                [JwtRegisteredClaimNames.Name] = account.DisplayName,
                [RoleClaim] = account.Role.ToString(),
                [ScopeClaim] = account.ScopeNodeId,
                [SessionClaim] = session,
            },
            SigningCredentials = new SigningCredentials(_keys[0], SecurityAlgorithms.HmacSha256),
        });
        return (token, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>
    /// The account a token speaks for (as stored now) and when it expires; null when the token is malformed, forged,
    /// expired, signed with a key we do not hold, or its user is disabled or had their sessions revoked.
    /// </summary>
    /// <summary>The caller of a plain HTTP request (a download) by its bearer token; without a valid one, answers 401 and null.</summary>
    public async Task<UserAccount?> CallerOfAsync(Microsoft.AspNetCore.Http.HttpContext http)
    {
        if (BearerToken(http.Request.Headers.Authorization) is { } token && await ValidateAsync(token) is { } caller)
        {
            return caller.Account;
        }
        http.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return null;
    }

    public async Task<(UserAccount Account, DateTimeOffset ExpiresAt)?> ValidateAsync(string token)
    {
        if (token.Length > 4096)
        {
            return null;
        }
        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || result.ClaimsIdentity is not { } identity || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }
        var username = identity.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        var name = identity.FindFirst(JwtRegisteredClaimNames.Name)?.Value;
        var scope = identity.FindFirst(ScopeClaim)?.Value;
        if (username is null || name is null || scope is null || !Enum.TryParse<Role>(identity.FindFirst(RoleClaim)?.Value, out var role) || !Enum.IsDefined(role))
        {
            return null;
        }
        var session = long.TryParse(identity.FindFirst(SessionClaim)?.Value, out var version) ? version : -1;
        // Read before any field runs, so a refusal while silos join or leave is retried here as a field's would be.
        var current = await Errors.ClusterRetry.ResolveAsync(
            static user => new ValueTask<UserSession?>(user.GetSessionAsync()), _grains.GetGrain<IUserGrain>(username), CancellationToken.None);
        var account = current switch
        {
            null => new UserAccount(username, name, role, scope),
            { Disabled: false } stored when stored.Version == session => stored.Account,
            _ => null,
        };
        return account is null ? null : (account, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> value; null when the value is not of that form.</summary>
    public static string? BearerToken(string? authorization) =>
        authorization is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && value.Length > 7 ? value[7..].Trim() : null;
}

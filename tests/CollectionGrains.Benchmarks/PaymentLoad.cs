using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// A steady stream of payments through GraphQL, spread over the silos that are up: every tenth is an acknowledged
/// payment sent again (it must answer "applied before"), every twentieth a new payment sent to two silos at once (at
/// most one may apply it), and as often a burst of different payments for one household, one to every silo at once
/// (each must be applied, none lost). Records every payment the API acknowledged and when requests last failed.
/// </summary>
internal sealed class PaymentLoad(IReadOnlyList<string> households, int perSecond, string runId, string token)
{
    private const string Mutation = "mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { appliedNow payment { paymentId householdId amount } } }";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ConcurrentDictionary<string, (string Household, decimal Amount, DateTimeOffset PaidAt)> _acknowledged = new();
    private readonly ConcurrentQueue<FailedRequest> _failures = new();
    private readonly ConcurrentDictionary<long, DateTime> _unanswered = new();
    private long _requests;
    private readonly SemaphoreSlim _inFlight = new(128);
    private volatile string[] _endpoints = [];
    private int _next;
    private int _sent, _duplicatesSent, _duplicatesAnsweredBefore, _pairs, _pairsAppliedTwice, _falseDuplicates, _bursts, _burstPaymentsApplied;
    private long _lastSuccessTicks;

    public IReadOnlyDictionary<string, (string Household, decimal Amount, DateTimeOffset PaidAt)> Acknowledged => _acknowledged;

    /// <summary>Requests that failed so far (answered with an error, or not answered).</summary>
    public int FailedRequests => _failures.Count;

    public DateTime LastFailure => _failures.Select(f => f.Answered).DefaultIfEmpty(DateTime.MinValue).Max();

    public DateTime LastSuccess => new(Interlocked.Read(ref _lastSuccessTicks), DateTimeKind.Utc);

    /// <summary>The silos to send to (what a load balancer with health checks would offer).</summary>
    public void SendTo(IEnumerable<string> endpoints) => _endpoints = [.. endpoints];

    /// <summary>Sends until stopped and every request sent has its answer; a later run goes on with new payment ids.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var sends = new List<Task>();
        var started = DateTime.UtcNow;
        var first = _next;
        for (; !stop.IsCancellationRequested; _next++)
        {
            var n = _next;
            var due = started + TimeSpan.FromSeconds((n - first) / (double)perSecond);
            if (due > DateTime.UtcNow)
            {
                await Task.Delay(due - DateTime.UtcNow, CancellationToken.None);
            }
            await _inFlight.WaitAsync(CancellationToken.None);
            sends.Add(SendOneAsync(n).ContinueWith(_ => _inFlight.Release(), TaskScheduler.Default));
            sends.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(sends);
    }

    public string Summary() =>
        $"sent {_sent:N0} requests, acknowledged {_acknowledged.Count:N0} payments, failed {_failures.Count:N0}; duplicates sent {_duplicatesSent:N0}, " +
        $"answered as applied before {_duplicatesAnsweredBefore:N0}, applied again {_falseDuplicates}; pairs to two silos {_pairs:N0}, applied twice {_pairsAppliedTwice}; " +
        $"bursts of one household paid through every silo at once {_bursts:N0}, their payments applied {_burstPaymentsApplied:N0}";

    /// <summary>When the oldest request still waiting for its answer was sent; null when none waits.</summary>
    public DateTime? OldestUnanswered => _unanswered.IsEmpty ? null : _unanswered.Values.DefaultIfEmpty(DateTime.MaxValue).Min();

    /// <summary>Each failed request: when it was sent and answered, to which silo, and the error.</summary>
    public IEnumerable<FailedRequest> Failures => _failures;

    public string Errors() =>
        string.Join("; ", _failures.GroupBy(f => f.Error).OrderByDescending(g => g.Count()).Take(5).Select(g => $"{g.Count()}× {g.Key}"));

    /// <summary>Violations of exactly-once seen by the client: a duplicate applied again, or a pair applied twice.</summary>
    public int Violations => _falseDuplicates + _pairsAppliedTwice;

    private async Task SendOneAsync(int n)
    {
        var endpoints = _endpoints;
        if (endpoints.Length == 0)
        {
            return;
        }
        if (n % 10 == 9 && _acknowledged.Count > 0)
        {
            var (id, (household, amount, paidAt)) = _acknowledged.ElementAt(Random.Shared.Next(Math.Min(_acknowledged.Count, 1000)));
            Interlocked.Increment(ref _duplicatesSent);
            var again = await PayAsync(endpoints[n % endpoints.Length], id, household, amount, paidAt);
            if (again == true)
            {
                Interlocked.Increment(ref _falseDuplicates);
            }
            else if (again == false)
            {
                Interlocked.Increment(ref _duplicatesAnsweredBefore);
            }
            return;
        }
        var paymentId = $"{runId}-{n}";
        var payer = households[n % households.Count];
        var paid = 1m + n % 50;
        var at = DateTimeOffset.UtcNow;
        if (n % 20 == 0 && endpoints.Length > 1)
        {
            Interlocked.Increment(ref _pairs);
            var both = await Task.WhenAll(PayAsync(endpoints[0], paymentId, payer, paid, at), PayAsync(endpoints[1], paymentId, payer, paid, at));
            if (both.Count(b => b == true) > 1)
            {
                Interlocked.Increment(ref _pairsAppliedTwice);
            }
            return;
        }
        if (n % 20 == 10 && endpoints.Length > 1)
        {
            Interlocked.Increment(ref _bursts);
            var applied = await Task.WhenAll(endpoints.Select((endpoint, k) => PayAsync(endpoint, $"{paymentId}-s{k}", payer, paid + k, at)));
            Interlocked.Add(ref _burstPaymentsApplied, applied.Count(a => a == true));
            return;
        }
        await PayAsync(endpoints[n % endpoints.Length], paymentId, payer, paid, at);
    }

    /// <summary>True or false (applied now or before) once acknowledged; null when the request failed.</summary>
    private async Task<bool?> PayAsync(string endpoint, string paymentId, string household, decimal amount, DateTimeOffset paidAt)
    {
        Interlocked.Increment(ref _sent);
        var sent = DateTime.UtcNow;
        var number = Interlocked.Increment(ref _requests);
        _unanswered[number] = sent;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/graphql")
            {
                Content = JsonContent.Create(new
                {
                    query = Mutation,
                    variables = new
                    {
                        i = new
                        {
                            paymentId, householdId = household, amount = amount.ToString("0.00", CultureInfo.InvariantCulture),
                            channel = "WE_CHAT_PAY", paidAt = paidAt.ToString("O", CultureInfo.InvariantCulture),
                        },
                    },
                }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            if (body?["data"]?["recordPayment"]?["appliedNow"]?.GetValue<bool>() is not { } appliedNow || body["errors"] is not null)
            {
                return Failed(sent, endpoint, body?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() + " " + body?["errors"]?[0]?["message"]?.GetValue<string>());
            }
            _acknowledged.TryAdd(paymentId, (household, amount, paidAt));
            Interlocked.Exchange(ref _lastSuccessTicks, DateTime.UtcNow.Ticks);
            return appliedNow;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return Failed(sent, endpoint, e.GetType().Name);
        }
        finally
        {
            _unanswered.TryRemove(number, out _);
        }
    }

    private bool? Failed(DateTime sent, string endpoint, string error)
    {
        var kind = System.Text.RegularExpressions.Regex.Replace(error, @"\(reference [0-9a-f]+\)", "(reference …)");
        kind = kind.Length > 160 ? kind[..160] : kind;
        _failures.Enqueue(new FailedRequest(sent, DateTime.UtcNow, endpoint, kind));
        return null;
    }
}

using System.Text.RegularExpressions;
using CollectionGrains.Hosting;
using CollectionGrains.Tests.Infrastructure;
using k8s;
using k8s.Models;
using static CollectionGrains.Tests.Deployment.KubernetesManifests;

namespace CollectionGrains.Tests.Deployment;

/// <summary>
/// deploy/kubernetes/ without a cluster: every object valid against the Kubernetes API schemas (kubernetes-models,
/// offline) and free of unknown fields (KubernetesClient's strict loader); then what matters to us — images, ports,
/// probes, settings, and the labels and pod facts Orleans' Kubernetes hosting reads.
/// </summary>
public sealed partial class KubernetesManifestTests
{
    private readonly KubernetesManifests _manifests = new();

    [Fact]
    public async Task Every_object_passes_the_Kubernetes_API_schemas()
    {
        var check = await ProcessRunner.RunAsync("node", [Path.Combine(Folder, "check", "check.mjs"), .. Files], TimeSpan.FromMinutes(1));
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Equal(_manifests.Objects.Count, check.Output.Split('\n').Count(l => l.StartsWith("valid ", StringComparison.Ordinal)));
        Assert.Equal(["ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Job", "PodDisruptionBudget", "Role", "RoleBinding", "Secret", "Service", "ServiceAccount"],
            _manifests.Objects.Select(o => ((IKubernetesObject)o).Kind).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_silos_carry_what_Orleans_Kubernetes_hosting_reads_and_leave_in_their_grace()
    {
        var silo = _manifests.Single<V1Deployment>("collectiongrains-silo");
        var pod = silo.Spec.Template;
        var container = Container(silo);
        // Orleans' Kubernetes hosting: ids from the pod's labels (equal to what the front ends join by), name and IP from the pod.
        Assert.Equal(_manifests.Settings["CG_SERVICE_ID"], pod.Metadata.Labels["orleans/serviceId"]);
        Assert.Equal(_manifests.Settings["CG_CLUSTER_ID"], pod.Metadata.Labels["orleans/clusterId"]);
        Assert.Equal("metadata.labels['orleans/serviceId']", FieldRef(container, "ORLEANS_SERVICE_ID"));
        Assert.Equal("metadata.labels['orleans/clusterId']", FieldRef(container, "ORLEANS_CLUSTER_ID"));
        Assert.Equal(("metadata.name", "metadata.namespace", "status.podIP"),
            (FieldRef(container, "POD_NAME"), FieldRef(container, "POD_NAMESPACE"), FieldRef(container, "POD_IP")));
        Assert.Equal("on", Env(container, "CG_KUBERNETES"));
        Assert.Equal(Port(container, "silo"), int.Parse(Env(container, "CG_SILO_PORT")!));
        Assert.Equal(Port(container, "gateway"), int.Parse(Env(container, "CG_GATEWAY_PORT")!));
        // The account the hosting watches pods with.
        var binding = _manifests.Single<V1RoleBinding>("collectiongrains-silo");
        Assert.Contains(binding.Subjects, s => s.Kind == "ServiceAccount" && s.Name == pod.Spec.ServiceAccountName);
        var role = _manifests.Single<V1Role>(binding.RoleRef.Name);
        Assert.Contains(role.Rules, r => r.Resources.Contains("pods") && new[] { "get", "list", "watch" }.All(r.Verbs.Contains));
        // Leaving: more grace than the silo takes to stop; one silo down at a time, also when rolling.
        Assert.True(pod.Spec.TerminationGracePeriodSeconds > SiloHostingExtensions.ShutdownTimeout.TotalSeconds);
        Assert.Equal("0", silo.Spec.Strategy.RollingUpdate.MaxUnavailable.Value);
        var budget = _manifests.Single<V1PodDisruptionBudget>("collectiongrains-silo");
        Assert.Equal("1", budget.Spec.MaxUnavailable.Value);
        Assert.Equal(silo.Spec.Selector.MatchLabels, budget.Spec.Selector.MatchLabels);
        Assert.All(budget.Spec.Selector.MatchLabels, label => Assert.Equal(label.Value, pod.Metadata.Labels[label.Key]));
    }

    [Theory]
    [InlineData("collectiongrains-silo", "collectiongrains/silo")]
    [InlineData("collectiongrains-frontend", "collectiongrains/frontend")]
    public void Each_deployment_runs_its_image_unprivileged_on_its_port_with_ready_and_alive_probes(string name, string image)
    {
        var deployment = _manifests.Single<V1Deployment>(name);
        var container = Container(deployment);
        Assert.EndsWith($"/{image}", container.Image.Split(':')[0], StringComparison.Ordinal);
        Assert.True(deployment.Spec.Template.Spec.SecurityContext.RunAsNonRoot);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        // It serves HTTP where the container port says; ready means PostgreSQL and the cluster answer, alive only the process.
        Assert.Equal(Port(container, "http"), new Uri(Env(container, "CG_HTTP_URL")!).Port);
        Assert.Equal(("/health", "http"), (container.ReadinessProbe.HttpGet.Path, container.ReadinessProbe.HttpGet.Port.Value));
        Assert.Equal(("/health/live", "http"), (container.LivenessProbe.HttpGet.Path, container.LivenessProbe.HttpGet.Port.Value));
        Assert.Equal(["collectiongrains-settings", "collectiongrains-secrets"],
            container.EnvFrom.Select(e => e.ConfigMapRef?.Name ?? e.SecretRef.Name));
        Assert.NotNull(container.Resources.Requests["cpu"]);
    }

    [Fact]
    public void The_front_ends_are_a_service_scaled_on_cpu_and_the_migrations_run_from_the_silo_image()
    {
        var frontend = _manifests.Single<V1Deployment>("collectiongrains-frontend");
        var service = _manifests.Single<V1Service>("collectiongrains-frontend");
        Assert.All(service.Spec.Selector, label => Assert.Equal(label.Value, frontend.Spec.Template.Metadata.Labels[label.Key]));
        Assert.Equal("http", service.Spec.Ports.Single().TargetPort.Value);
        var autoscaler = _manifests.Single<V2HorizontalPodAutoscaler>("collectiongrains-frontend");
        Assert.Equal(("Deployment", frontend.Metadata.Name), (autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
        Assert.Equal("cpu", autoscaler.Spec.Metrics.Single().Resource.Name);
        Assert.True(autoscaler.Spec.MinReplicas >= 2);

        var migrate = _manifests.Single<V1Job>("collectiongrains-migrate").Spec.Template.Spec.Containers.Single();
        Assert.Equal(Container(_manifests.Single<V1Deployment>("collectiongrains-silo")).Image, migrate.Image);
        Assert.Equal(["bash", "/app/deploy/postgres/migrate.sh"], migrate.Command);
    }

    [Fact]
    public void Every_setting_is_one_the_readme_documents_and_the_secrets_are_kept_as_secrets()
    {
        var documented = SettingName().Matches(File.ReadAllText(RepositoryPaths.Combine("README.md"))).Select(m => m.Value).ToHashSet();
        var named = _manifests.Settings.Keys.Concat(_manifests.Secrets.Keys)
            .Concat(_manifests.Objects.OfType<V1Deployment>().SelectMany(d => Container(d).Env.Select(e => e.Name)))
            .Where(n => n.StartsWith("CG_", StringComparison.Ordinal));
        Assert.All(named, name => Assert.Contains(name, documented));
        string[] secret = ["CG_PG_PASSWORD", "CG_JWT_KEYS", "CG_LINK_KEYS", "CG_DOOR_KEYS", "CG_PAY_PROVIDER_KEY"];
        Assert.Equal(secret.Order(StringComparer.Ordinal), _manifests.Secrets.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(_manifests.Settings.Keys, secret.Contains);
        Assert.Equal(("production", "0"), (_manifests.Settings["CG_ENVIRONMENT"], _manifests.Settings["CG_DEMO_HOUSEHOLDS"]));
    }

    [GeneratedRegex(@"\bCG_[A-Z_]+[A-Z]\b")]
    private static partial Regex SettingName();
}

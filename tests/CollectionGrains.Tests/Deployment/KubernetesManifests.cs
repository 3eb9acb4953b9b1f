using CollectionGrains.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace CollectionGrains.Tests.Deployment;

/// <summary>The objects of deploy/kubernetes/, loaded strictly (a field the API does not have is an error).</summary>
internal sealed class KubernetesManifests
{
    public static string Folder => RepositoryPaths.Combine("deploy", "kubernetes");

    public static IEnumerable<string> Files => Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal);

    public IReadOnlyList<object> Objects { get; } =
        [.. Files.SelectMany(file => KubernetesYaml.LoadAllFromString(File.ReadAllText(file), strict: true))];

    public T Single<T>(string name) where T : IMetadata<V1ObjectMeta> =>
        Objects.OfType<T>().Single(o => o.Metadata.Name == name);

    public IReadOnlyDictionary<string, string> Settings => Single<V1ConfigMap>("collectiongrains-settings").Data.AsReadOnly();

    public IReadOnlyDictionary<string, string> Secrets => Single<V1Secret>("collectiongrains-secrets").StringData.AsReadOnly();

    public static V1Container Container(V1Deployment deployment) => deployment.Spec.Template.Spec.Containers.Single();

    public static string? Env(V1Container container, string name) => container.Env?.SingleOrDefault(e => e.Name == name)?.Value;

    public static string? FieldRef(V1Container container, string name) =>
        container.Env?.SingleOrDefault(e => e.Name == name)?.ValueFrom?.FieldRef?.FieldPath;

    public static int Port(V1Container container, string name) => container.Ports.Single(p => p.Name == name).ContainerPort;
}

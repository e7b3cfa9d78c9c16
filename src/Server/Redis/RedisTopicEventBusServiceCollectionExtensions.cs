using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Playbooks.Server.Redis;

internal static class RedisTopicEventBusServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RedisTopicEventBus"/> as <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/>,
    /// replacing a bus registered before (the in-memory default). It uses the registered <see cref="RedisConnection"/>.
    /// </summary>
    public static IServiceCollection AddRedisTopicEventBus(this IServiceCollection services, Action<RedisTopicEventBusOptions>? configure = null)
    {
        var options = new RedisTopicEventBusOptions();
        configure?.Invoke(options);
        options.Validate();
        services.TryAddSingleton(provider => new RedisTopicEventBus(
            provider.GetRequiredService<RedisConnection>(), options, provider.GetService<ILogger<RedisTopicEventBus>>()));
        services.Replace(ServiceDescriptor.Singleton<ITopicEventSender>(provider => provider.GetRequiredService<RedisTopicEventBus>()));
        services.Replace(ServiceDescriptor.Singleton<ITopicEventReceiver>(provider => provider.GetRequiredService<RedisTopicEventBus>()));
        return services;
    }
}

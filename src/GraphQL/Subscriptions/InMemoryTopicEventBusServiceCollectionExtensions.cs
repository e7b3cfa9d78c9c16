using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphQL.Subscriptions;

public static class InMemoryTopicEventBusServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InMemoryTopicEventBus"/> as <see cref="ITopicEventSender"/> and
    /// <see cref="ITopicEventReceiver"/>, unless a bus is registered already (it is the default).
    /// </summary>
    public static IServiceCollection AddInMemoryTopicEventBus(this IServiceCollection services, Action<TopicEventBusOptions>? configure = null)
    {
        var options = new TopicEventBusOptions();
        configure?.Invoke(options);
        options.Validate();
        services.TryAddSingleton(provider => new InMemoryTopicEventBus(options, provider.GetService<TimeProvider>()));
        services.TryAddSingleton<ITopicEventSender>(provider => provider.GetRequiredService<InMemoryTopicEventBus>());
        services.TryAddSingleton<ITopicEventReceiver>(provider => provider.GetRequiredService<InMemoryTopicEventBus>());
        return services;
    }
}

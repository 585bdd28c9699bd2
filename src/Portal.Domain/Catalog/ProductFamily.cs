namespace Portal.Domain.Catalog;

public enum ProductFamily
{
    AcceleratorRack,
    AcceleratorSled,
    CpuServer,
    NetworkSwitch,
    Storage,
    PowerAndCooling,
    Service,
}

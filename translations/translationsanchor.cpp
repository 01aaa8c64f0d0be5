// The translations library holds only the embedded .qm resources; a static library needs one source.
namespace sd {
int translationsAnchor()
{
    return 0;
}
} // namespace sd

from tests.helpers import each_start_method, python_version, run_snippet

DESTROYED = [
    "  other program (track=True): read b'hello', closed",
    "  its resource tracker warned of a leak and unlinked the block",
    "  the creator's unlink(): FileNotFoundError, the block was gone",
]


@each_start_method
def test_a_program_that_only_attaches_destroys_the_block_unless_track_is_false(start_method):
    # No child process here: "another program" is started with subprocess, as any program would be.
    result = run_snippet("practice/shared_memory_attach_tracked.py", start_method=start_method)
    lines = [line for line in result.lines if line.startswith(("  other", "  its", "  the", "track"))]
    if python_version(result) >= (3, 13):
        assert lines == DESTROYED + [
            "  other program (track=False): read b'hello', closed",
            "  the creator's unlink(): done, the block was still there",
        ]
    else:  # 3.11 and 3.12: attaching always registers the block with the attacher's tracker
        assert lines == DESTROYED + ["track=False: new in Python 3.13, not available here"]
    # The creator's tracker still holds the name it could not unlink: it warns at exit.
    assert "UserWarning: resource_tracker: There appear to be 1 leaked shared_memory objects" in result.output

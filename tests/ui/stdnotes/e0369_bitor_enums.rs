// Combining enum values with `|` needs `BitOr`, defined in core's ops/bit.rs.
enum Permission {
    Read,
    Write,
}

fn main() {
    let both = Permission::Read | Permission::Write;
    match both {
        Permission::Read => println!("read"),
        Permission::Write => println!("write"),
    }
}

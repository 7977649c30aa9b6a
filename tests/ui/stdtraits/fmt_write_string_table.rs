use std::fmt::Write;

fn main() {
    let names = ["pear", "fig", "plum"];
    let mut table = String::new();
    writeln!(table, "{:<6}|{:>4}", "name", "len").unwrap();
    for (i, name) in names.iter().enumerate() {
        write!(table, "{:<6}|", name).unwrap();
        writeln!(table, "{:>4}", name.len() * (i + 1)).unwrap();
    }
    writeln!(table).unwrap();
    print!("{}", table);
    println!("{} bytes", table.len());
}

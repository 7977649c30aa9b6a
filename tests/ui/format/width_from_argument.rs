//@ mode: run
// Widths and precisions can come from arguments, by position or by name.
fn main() {
    let label = "total";
    let width = 10;
    let places = 3;
    println!("[{:>width$}]", label);
    println!("[{:>1$}]", label, 8);
    println!("[{:.*}]", 2, label);
    println!("[{label:^width$.places$}]");
    println!("[{:>w$}|{:<w$}]", 1, 2, w = 4);
    println!("[{:#>5x}] [{:+.3e}] [{:08.2e}]", 171, 123456, 99999);
}

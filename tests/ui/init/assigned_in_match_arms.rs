//@ mode: run
// Each match arm initialises the binding; its type comes from the assignments.
fn main() {
    for code in 0..4 {
        let label;
        match code {
            0 => {
                label = 'a';
            }
            1 | 2 => {
                label = 'b';
            }
            _ => {
                label = 'z';
            }
        }
        println!("{code} -> {label}");
    }
}

//@ mode: run
// Labels on three nested loops; each `break` and `continue` names its target.
fn main() {
    let mut found = 0;
    'a: for x in 1..10 {
        'b: for y in 1..10 {
            let mut z = 0;
            'c: loop {
                z += 1;
                if z > 9 {
                    break 'c;
                }
                if x + y + z == 6 && x * y * z == 6 {
                    found += 1;
                    println!("{x} {y} {z}");
                    continue 'b;
                }
                if found == 3 {
                    break 'a;
                }
            }
        }
    }
    println!("found {found}");
}

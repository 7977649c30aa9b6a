//@ mode: check
struct Parts(u64);

fn main() {
    let total: u64 = 100;
    let p = Parts(4);
    let share = total / p;
    println!("{share}");
}

// A value made in a loop body is dropped at the end of each iteration.
struct Step(u32);

impl Drop for Step {
    fn drop(&mut self) {
        println!("end of step {}", self.0);
    }
}

fn main() {
    for i in 0..3 {
        let s = Step(i);
        if s.0 == 1 {
            println!("skipping {}", s.0);
            continue;
        }
        println!("working on {}", s.0);
    }
    let mut n = 10;
    loop {
        let _s = Step(n);
        n += 1;
        if n == 12 {
            break;
        }
    }
    println!("done");
}

use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<(u32, &str)> = VecDeque::new();
    queue.push_back((1, "wash"));
    queue.push_back((2, "dry"));
    queue.push_back((3, "fold"));
    while let Some((n, task)) = queue.pop_front() {
        println!("{n}: {task}");
        if task == "dry" {
            queue.push_back((4, "iron"));
        }
    }
    let mut d = VecDeque::from([10, 20, 30]);
    d[1] += 5;
    for x in &d {
        print!("{x} ");
    }
    for x in d.iter_mut() {
        *x += 1;
    }
    println!("{} {:?}", d[1], d.get(7));
    println!("{}", d.contains(&31));
}

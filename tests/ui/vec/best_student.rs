#[derive(Debug, Clone)]
struct Student { name: String, grade: u32 }

fn best(students: &[Student]) -> Option<&Student> {
    let mut best: Option<&Student> = None;
    for s in students {
        match best {
            Some(b) if b.grade >= s.grade => {}
            _ => best = Some(s),
        }
    }
    best
}

fn main() {
    let mut class = Vec::new();
    class.push(Student { name: String::from("Ada"), grade: 91 });
    class.push(Student { name: "Linus".to_string(), grade: 78 });
    class.push(Student { name: format!("Grace{}", 2), grade: 95 });
    if let Some(s) = best(&class) {
        println!("best: {} ({})", s.name, s.grade);
    }
    let names: Vec<String> = vec![String::from("x"), String::from("y")];
    println!("{:?} {}", names, names.len());
    let empty: Vec<Student> = Vec::new();
    println!("{:?}", best(&empty).map(|s| s.grade));
    let mut total = 0;
    for s in &class { total += s.grade; }
    println!("avg {}", total / class.len() as u32);
    let last = class.pop().unwrap();
    println!("{} left, popped {}", class.len(), last.name);
}
